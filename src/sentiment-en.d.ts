/** The `sentiment` package's English language module (no types of its own): its AFINN word list and negation rule. */
declare module 'sentiment/languages/en/index.js' {
  const english: {
    labels: Record<string, number>;
    scoringStrategy: { apply(tokens: string[], cursor: number, tokenScore: number): number };
  };
  export default english;
}
