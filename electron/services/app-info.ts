import { AppInfoSchema, type AppInfo } from '../../shared/ipc/contract';

/** What the renderer may know about the shell it runs in (shown on the staff screen). */
export function createAppInfo(inputs: { version: string; shell: AppInfo['shell'] }): AppInfo {
  return Object.freeze(AppInfoSchema.parse(inputs));
}
