package dev.praxis.spi;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * One page of completion records.
 *
 * @param nextCursor where the next page of this run starts; null on the last page
 * @param watermark  opaque: what the host stores once this page is stored and passes back to resume
 *                   after it; covers every record of this page and the pages before. Null keeps the
 *                   previous watermark.
 * @param total      how many records this run will deliver in all, when the vendor says; else null
 */
public record CompletionPage(List<CompletionRecord> records, String nextCursor, String watermark, Long total) {

    public CompletionPage {
        records = List.copyOf(requireNonNull(records, "records is null"));
    }

    public boolean isLast() {
        return nextCursor == null;
    }
}
