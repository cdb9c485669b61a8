/**
 * The part of harfbuzzjs (HarfBuzz compiled to WebAssembly) the glyph check uses: a font's
 * character map. The package is CommonJS and exports a promise, so it is loaded with require():
 * an ES import of it is a thenable namespace that Vitest cannot await.
 */
declare module 'harfbuzzjs' {
  export interface HbBlob {
    destroy(): void;
  }
  export interface HbFace {
    collectUnicodes(): Uint32Array;
    destroy(): void;
  }
  export interface HarfBuzz {
    createBlob(data: ArrayBuffer | Uint8Array): HbBlob;
    createFace(blob: HbBlob, index: number): HbFace;
  }
}
