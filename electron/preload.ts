// Preload: exposes the IPC contract on window.kiosk and nothing else (no ipcRenderer,
// no Node). Arguments and results are checked by createBridge on this side too.
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL } from '../shared/ipc/contract';
import { createBridge } from '../shared/ipc/create-bridge';

// invoke's event object never reaches the page: only the validated result does.
contextBridge.exposeInMainWorld(
  BRIDGE_GLOBAL,
  createBridge((channel, args) => ipcRenderer.invoke(channel, ...args)),
);
