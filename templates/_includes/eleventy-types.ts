/** The few parts of Eleventy's configuration API this project uses (Eleventy ships no types). */
export interface UserConfig {
  addExtension(ext: string[], options: { key: string }): void;
  addTemplateFormats(format: string): void;
  addPassthroughCopy(map: Record<string, string>): void;
  addGlobalData(key: string, value: unknown): void;
  setQuietMode(quiet: boolean): void;
}
