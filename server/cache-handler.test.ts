import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import RenderStartCache from "./cache-handler.cjs";

/** The handler as Next builds it, with its memory cache and no files (nothing was prerendered). */
function handler() {
  const missing = () => Promise.reject(Object.assign(new Error("ENOENT"), { code: "ENOENT" }));
  return new RenderStartCache({
    fs: { readFile: missing, stat: missing, existsSync: () => false },
    flushToDisk: false,
    serverDistDir: "/nonexistent",
    revalidatedTags: [],
    maxMemoryCacheSize: 1_000_000,
  });
}

let pages = 0;
/** A rendered page of its own (keys and tags are not shared between tests), revalidated for 60 s. */
function page() {
  pages += 1;
  const path = `/guides/render-${pages}-${Date.now()}`;
  const tag = `_N_T_${path}`;
  const data = {
    kind: "APP_PAGE",
    html: "<p>rendered</p>",
    rscData: Buffer.from(""),
    headers: { "x-next-cache-tags": tag },
    status: 200,
  };
  const setContext = { cacheControl: { revalidate: 60, expire: 300 }, isRoutePPREnabled: false };
  return { key: path, tag, data, setContext, getContext: { kind: "APP_PAGE", isRoutePPREnabled: false } };
}

describe("the cache handler", () => {
  it("serves a page rendered and stored before an edit until the edit revalidates it, then renders it again", async () => {
    const cache = handler();
    const { key, tag, data, setContext, getContext } = page();
    expect(await cache.get(key, getContext)).toBeNull();
    await cache.set(key, data, setContext);
    expect((await cache.get(key, getContext))?.value).toMatchObject({ html: "<p>rendered</p>" });

    await sleep(2);
    await cache.revalidateTag(tag);
    expect(await cache.get(key, getContext)).toBeNull();
  });

  it("does not serve a page whose render began before an edit's revalidation and was stored after it", async () => {
    const cache = handler();
    const { key, tag, data, setContext, getContext } = page();
    expect(await cache.get(key, getContext)).toBeNull(); // a visitor's render begins: it reads the old rows
    await sleep(2);
    await cache.revalidateTag(tag); // an edit is saved and expires the page
    await sleep(2);
    await cache.set(key, data, setContext); // the render that began before the edit is stored
    expect(await cache.get(key, getContext)).toBeNull(); // so the next visitor gets a new render

    await cache.set(key, data, setContext); // which began after the edit
    expect((await cache.get(key, getContext))?.value).toMatchObject({ html: "<p>rendered</p>" });
  });

  it("dates a render shared by two waiting visitors from the first one's read", async () => {
    const cache = handler();
    const { key, tag, data, setContext, getContext } = page();
    expect(await cache.get(key, getContext)).toBeNull();
    await sleep(2);
    await cache.revalidateTag(tag);
    await sleep(2);
    expect(await cache.get(key, getContext)).toBeNull(); // a second visitor waits on the same render
    await cache.set(key, data, setContext);
    expect(await cache.get(key, getContext)).toBeNull();
  });
});
