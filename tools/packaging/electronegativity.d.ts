// The package ships no types. This covers only the programmatic entry point the gate uses:
// dist/runner.js, `run(options, forCli)`, which returns the findings when forCli is false.
declare module '@doyensec/electronegativity' {
  export type ElectronegativityOptions = {
    input: string;
    isRelative?: boolean;
    /** Lower-case or class-name check ids to run; empty runs all. */
    customScan?: string[];
    /** Check class names (e.g. 'PreloadJSCheck'), not ids. */
    excludeFromScan?: string[];
    electronVersionOverride?: string;
    parserPlugins?: string[];
  };
  export type ElectronegativityIssue = {
    id: string;
    file: string;
    location: { line: number; column: number };
    description: string;
    severity: { name: string; value: number };
    confidence: { name: string; value: number };
    manualReview: boolean;
    sample?: string;
  };
  export type ElectronegativityResult = {
    globalChecks: number;
    atomicChecks: number;
    errors: { file: string; message: string; tolerable: boolean }[];
    issues: ElectronegativityIssue[];
  };
  export default function run(
    options: ElectronegativityOptions,
    forCli: false,
  ): Promise<ElectronegativityResult>;
}
