/** The few parts of Eleventy's configuration API this project uses (Eleventy ships no types). */
export interface UserConfig {
  addTemplate(virtualPath: string, content: { data: object; render: (data: never) => string }): void;
  setTemplateFormats(formats: string[]): void;
  addPassthroughCopy(map: Record<string, string>): void;
  addGlobalData(key: string, value: unknown): void;
  setQuietMode(quiet: boolean): void;
}
