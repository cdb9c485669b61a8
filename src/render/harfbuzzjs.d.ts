/**
 * The part of harfbuzzjs (HarfBuzz compiled to WebAssembly) the share-card renderer uses. The
 * package is CommonJS and exports a promise, so it is loaded with require(): an ES import of it
 * is a thenable namespace that Vitest cannot await.
 */
declare module 'harfbuzzjs' {
  export interface HbBlob {
    destroy(): void;
  }
  export interface HbFace {
    upem: number;
    collectUnicodes(): Uint32Array;
    destroy(): void;
  }
  export interface HbFont {
    destroy(): void;
  }
  export interface HbBuffer {
    addText(text: string): void;
    guessSegmentProperties(): void;
    getGlyphPositions(): { x_advance: number; y_advance: number; x_offset: number; y_offset: number }[];
    destroy(): void;
  }
  export interface HarfBuzz {
    createBlob(data: ArrayBuffer | Uint8Array): HbBlob;
    createFace(blob: HbBlob, index: number): HbFace;
    createFont(face: HbFace): HbFont;
    createBuffer(): HbBuffer;
    shape(font: HbFont, buffer: HbBuffer, features?: string): void;
  }
}
