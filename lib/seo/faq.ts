/** schema.org `FAQPage` for the questions and answers of a page (a funding programme's FAQ). */

/**
 * The FAQ as JSON-LD.
 *
 * @example
 * faqJsonLd([{ question: "Wer?", answer: "Vereine." }]).mainEntity[0].acceptedAnswer.text // => "Vereine."
 */
export function faqJsonLd(faq: readonly { question: string; answer: string }[]) {
  return {
    "@context": "https://schema.org",
    "@type": "FAQPage",
    mainEntity: faq.map((entry) => ({ "@type": "Question", name: entry.question, acceptedAnswer: { "@type": "Answer", text: entry.answer } })),
  };
}
