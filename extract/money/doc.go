// Package money finds money figures in sentences (Scan): amounts in
// figures or words with their scale ("$1.62 billion", "Dollar One
// Billion", "Rs 2,300 crore"), ranges ("$160-200 million"), minor units
// ("20 dollars 43 cents"), and the currency, decided by a code, a sign, a
// name, or for names such as "rupees" by the countries the sentence or the
// document names.
//
// Its word lists are the files under data/ (kinds currencies, scales,
// weight, keywords), extendable with -vocab; number words are english's.
// It imports english, text (for sentences) and vocab; it must not import
// actor, timex, event, pair nor extract.
package money
