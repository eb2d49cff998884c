package org.ragbook.pack;

/**
 * One organisation on the pack's Organisations sheet: either its latest annotated return, or none
 * yet, so that a lead sees who is missing as plainly as who has sent.
 */
public sealed interface OrganisationLine permits OrganisationLine.Submitted, OrganisationLine.NotYetSubmitted {

    String organisation();

    /** The organisation's latest annotated return and the colours of what it counts. */
    record Submitted(PackedReturn packed, RagCounts counts) implements OrganisationLine {

        @Override
        public String organisation() {
            return packed.organisation();
        }
    }

    /** An organisation with a submitter that has no annotated return for the schema (in the dates asked). */
    record NotYetSubmitted(String organisation) implements OrganisationLine {

        public static final String WORDS = "Not yet submitted";
    }
}
