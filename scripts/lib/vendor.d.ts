/** Types for the parts of packages that ship none. */
declare module '@11ty/eleventy' {
  interface EleventyOptions {
    /** A configuration file; `false`: none (not even one of the names Eleventy looks for). */
    configPath?: string | false;
    quietMode?: boolean;
    pathPrefix?: string;
    config?: (eleventyConfig: import('../../templates/_includes/eleventy-types.ts').UserConfig) => void;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    /** Silences its console output (errors are still thrown). */
    disableLogger(): void;
  }
}
