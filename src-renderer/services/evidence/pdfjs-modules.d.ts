// pdf.js ships no declarations for its minified builds and its worker module; the worker loads
// them for their effect (the worker) or through the PdfjsLike interface.
declare module 'pdfjs-dist/build/pdf.worker.min.mjs';
declare module 'pdfjs-dist/build/pdf.min.mjs';
