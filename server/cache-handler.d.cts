/** Next's file-system cache handler, storing each page as of the start of its render. */
declare class RenderStartCache {
  constructor(context: Record<string, unknown>);
  get(key: string, context: Record<string, unknown>): Promise<{ lastModified: number; value: unknown } | null>;
  set(key: string, data: unknown, context: Record<string, unknown>): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
}
export = RenderStartCache;
