#if canImport(_FoundationICU)
    // The ICU that Foundation itself uses on Linux, in the toolchain. Not a public module of
    // Swift, so used only where it can be imported; its C functions carry a `swift_` prefix.
    import _FoundationICU
#endif

/// Words of Thai, Lao, Khmer and Burmese text, which has no spaces between words, found by
/// ICU's word break iterator and the dictionaries ICU keeps for these scripts (the rules of
/// Unicode's UAX #29 with ICU's dictionary-based break engines).
///
/// Where ICU is not available (Foundation on Apple's systems does not offer it as a module),
/// `words(in:)` answers nil and the tokenizer falls back to pairs of characters.
final class ScriptWords {
    #if canImport(_FoundationICU)
        /// Opened at the first text that needs it: most journals never do.
        private var iterator: OpaquePointer?

        deinit {
            if let iterator { swift_ubrk_close(iterator) }
        }

        /// The byte ranges of the words in UTF-8 `text`, leaving out spaces and punctuation;
        /// nil when ICU cannot be used.
        func words(in text: UnsafeBufferPointer<UInt8>) -> [Range<Int>]? {
            guard let iterator = openedIterator(), let base = text.baseAddress else { return nil }
            var status = U_ZERO_ERROR
            let utext = base.withMemoryRebound(to: CChar.self, capacity: text.count) {
                swift_utext_openUTF8(nil, $0, Int64(text.count), &status)
            }
            defer { swift_utext_close(utext) }
            swift_ubrk_setUText(iterator, utext, &status)
            guard status.rawValue <= U_ZERO_ERROR.rawValue else { return nil }
            var words: [Range<Int>] = []
            var start = swift_ubrk_first(iterator)
            var end = swift_ubrk_next(iterator)
            while end != UBRK_DONE {
                // Rule statuses below UBRK_WORD_NUMBER (100) are spaces and punctuation.
                if swift_ubrk_getRuleStatus(iterator) >= UBRK_WORD_NUMBER.rawValue {
                    words.append(Int(start)..<Int(end))
                }
                start = end
                end = swift_ubrk_next(iterator)
            }
            return words
        }

        private func openedIterator() -> OpaquePointer? {
            if iterator == nil {
                var status = U_ZERO_ERROR
                // The root locale: ICU picks the dictionary by the script of the text.
                let opened = swift_ubrk_open(UBRK_WORD, "", nil, 0, &status)
                if status.rawValue <= U_ZERO_ERROR.rawValue { iterator = opened }
            }
            return iterator
        }
    #else
        func words(in text: UnsafeBufferPointer<UInt8>) -> [Range<Int>]? { nil }
    #endif
}
