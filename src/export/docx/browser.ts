/** Browser entry of the Word export, loaded with import() only when the user asks for a .docx (keeps docx out of the first load). */
import type { MemoInput } from '../memo/input';
import { buildReportDocx, reportDocxFileName } from './build-report-docx';

export async function createReportDocx(input: MemoInput): Promise<{ bytes: Uint8Array; fileName: string }> {
  return {
    bytes: await buildReportDocx(input),
    fileName: reportDocxFileName(input.answers.modelName, input.report.asOf, input.translator),
  };
}
