/**
 * Stands in for jsPDF's optional dependencies (html2canvas, canvg, dompurify), which only its html() and SVG
 * methods load. The report PDF uses neither, so the ~100 KB gz of chunks they would add to the build is left
 * out (vite.config.ts resolve.alias). Using those methods would fail loudly with this error.
 */
const unavailable = (): never => {
  throw new Error('This jsPDF feature is not included in GPAI Navigator.');
};
export default unavailable;
