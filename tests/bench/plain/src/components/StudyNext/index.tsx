/** A plain site has no study mode: the home page's study panel is not there. */
export default function StudyNext(): null {
  return null;
}
