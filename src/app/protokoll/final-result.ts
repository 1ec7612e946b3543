/** What *Skapa slutligt protokoll* made or found: the .docx and the PDF, each with where it opens. */

/** One file of the final protokoll. */
export interface FinalFile {
  id: string;
  name: string;
  webUrl: string;
  /** The name wished for ("Protokoll nr N YYYY.docx"); differs from `name` when a file there was someone else's. */
  firstChoice: string;
  /** True when this run found the file already made (an earlier, interrupted run) and did not write it again. */
  reused: boolean;
}

/** The final protokoll's two files, both recorded in the meeting register. */
export interface FinalProtokollResult {
  docx: FinalFile;
  pdf: FinalFile;
}
