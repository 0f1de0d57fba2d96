/**
 * shared/ compiles without DOM or Node types on purpose. The WHATWG URL parser is
 * the one platform global it relies on: both Chromium and Node provide it, and
 * parsing URLs by hand is exactly the mistake (substring checks) we must avoid.
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly hostname: string;
  readonly host: string;
  readonly origin: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  readonly username: string;
  readonly password: string;
  readonly href: string;
}
