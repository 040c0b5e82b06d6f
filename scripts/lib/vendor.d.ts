/** Types for the parts of packages that ship none. */
declare module '@11ty/eleventy' {
  interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    pathPrefix?: string;
    config?: (eleventyConfig: { addGlobalData(key: string, value: unknown): void }) => void;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    /** Silences its console output (errors are still thrown). */
    disableLogger(): void;
  }
}
