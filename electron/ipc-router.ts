import type { z } from 'zod';
import {
  IPC_CONTRACT,
  IPC_METHODS,
  type IpcContract,
  type IpcMethod,
  type IpcResult,
} from '../shared/ipc/contract';
import type { LogEntry } from '../shared/ipc/log-entry';
import { isExactOrigin } from './url-trust';

/**
 * The main-process door for every IPC call, independent of the transport: checks the
 * sender's origin, validates arguments and results with the contract's zod schemas,
 * and turns every failure into a short message (never a zod dump or a stack).
 * main.ts feeds it from ipcMain.handle; the Node test harness and dev host from HTTP.
 */

/** Arguments as the contract's schema outputs them, after validation. */
export type IpcParsedArgs<M extends IpcMethod> = z.output<IpcContract[M]['args']>;

export type IpcHandlers = {
  [M in IpcMethod]: (...args: IpcParsedArgs<M>) => Promise<IpcResult<M>> | IpcResult<M>;
};

export type SenderPredicate = (senderUrl: string | undefined) => boolean;

export type IpcRouterOptions = {
  /** e.g. exactOriginPredicate(APP_ORIGIN) in Electron, the harness's http origin in Node. */
  isTrustedSender: SenderPredicate;
  /** Receives a structured line for every refused or failed call. */
  log?: (entry: LogEntry) => void;
};

export type IpcRouter = {
  /** Every contract channel, for registering one transport handler per channel. */
  channels: string[];
  handle(channel: string, args: unknown[], senderUrl: string | undefined): Promise<unknown>;
};

/** Thrown to the caller; its message is safe to show in the renderer's console. */
export class IpcRejection extends Error {
  override name = 'IpcRejection';
}

/** A sender check that accepts only URLs of exactly this origin (scheme, host, port). */
export const exactOriginPredicate =
  (origin: string): SenderPredicate =>
  (senderUrl) =>
    isExactOrigin(senderUrl, origin);

const METHOD_BY_CHANNEL: ReadonlyMap<string, IpcMethod> = new Map(
  IPC_METHODS.map((method) => [IPC_CONTRACT[method].channel, method]),
);

// LogEntry data strings are capped at 120 characters; a hostile channel name may be longer.
const short = (text: string) => text.slice(0, 100);

export function createIpcRouter(handlers: IpcHandlers, options: IpcRouterOptions): IpcRouter {
  const reject = (reason: string, channel: string, level: LogEntry['level'] = 'warn'): never => {
    options.log?.({ level, event: 'ipc.rejected', data: { channel: short(channel), reason } });
    throw new IpcRejection(`${reason}: ${short(channel)}`);
  };

  async function handle(channel: string, args: unknown[], senderUrl: string | undefined): Promise<unknown> {
    // Sender first, so an untrusted page learns nothing about which channels exist.
    if (!options.isTrustedSender(senderUrl)) return reject('untrusted sender', channel);
    const method = METHOD_BY_CHANNEL.get(channel);
    if (method === undefined) return reject('unknown channel', channel);
    const contract = IPC_CONTRACT[method];
    const parsedArgs = contract.args.safeParse(args);
    if (!parsedArgs.success) return reject('invalid arguments', channel);

    const handler = handlers[method] as (...a: unknown[]) => unknown;
    let result: unknown;
    try {
      result = await handler(...(parsedArgs.data as unknown[]));
    } catch {
      return reject('handler failed', channel, 'error');
    }
    const parsedResult = contract.result.safeParse(result);
    if (!parsedResult.success) return reject('invalid result', channel, 'error');
    return parsedResult.data;
  }

  return { channels: IPC_METHODS.map((method) => IPC_CONTRACT[method].channel), handle };
}
