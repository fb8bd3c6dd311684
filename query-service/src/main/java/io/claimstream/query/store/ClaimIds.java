package io.claimstream.query.store;

/**
 * Public claim ids. The analyzer's ids are only promised unique within a document, so they are
 * prefixed with the document id unless the analyzer already did that (id, then a separator).
 */
public final class ClaimIds {

    private ClaimIds() {
    }

    public static String publicId(String documentId, String claimId) {
        boolean prefixed = claimId.length() > documentId.length() + 1 && claimId.startsWith(documentId)
                && !Character.isLetterOrDigit(claimId.charAt(documentId.length()));
        return prefixed ? claimId : documentId + "-" + claimId;
    }
}
