/**
 * Next's own cache (memory and .next files), with one change: a rendered page is stored as of the
 * moment its render began, not the moment it ended.
 *
 * Next stores a page with `lastModified` = when it was set, and treats it as out of date when one of
 * its tags was revalidated after that. A render that began before an edit was saved (it read the old
 * rows) and ended after the edit's revalidation would be stored as newer than the revalidation, and
 * served, stale, until the page's own `revalidate` time ran out. Stamped with the start of its render
 * instead, such a page is out of date on the very next read and rendered again: an edit is visible
 * on the next request, always.
 *
 * A render begins right after a read of its key that found nothing, or something out of date; the
 * oldest such read not yet followed by a store is its start (two visitors waiting on one render both
 * read before it). A read older than a render can take is not the start of this one.
 */
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;

const LONGEST_RENDER_MS = 60_000;

/** Per cache key, when the render not yet stored began. Shared, as Next's memory cache is, by every instance of the handler. */
const renderStarts = new Map();

/** A stored page served as it is, without a render behind it. */
function isFresh(data, now) {
  const revalidate = data?.cacheControl?.revalidate;
  if (revalidate === false) return true;
  return typeof revalidate === "number" && now - data.lastModified < revalidate * 1000;
}

class RenderStartCache extends FileSystemCache {
  async get(key, ctx) {
    const readAt = Date.now(); // the clock of Next's stored times and revalidations
    const data = await super.get(key, ctx);
    if (ctx?.kind !== "FETCH" && !isFresh(data, readAt)) {
      const started = renderStarts.get(key);
      if (started === undefined || readAt - started > LONGEST_RENDER_MS) renderStarts.set(key, readAt);
    }
    return data;
  }

  async set(key, data, ctx) {
    const started = ctx?.fetchCache ? undefined : renderStarts.get(key);
    renderStarts.delete(key);
    // Next puts the entry in its memory cache before its first await: it is re-dated before any read can see it.
    const storing = super.set(key, data, ctx);
    const entry = FileSystemCache.memoryCache?.get(key);
    if (entry && started !== undefined && started < entry.lastModified) entry.lastModified = started;
    await storing;
  }
}

module.exports = RenderStartCache;
