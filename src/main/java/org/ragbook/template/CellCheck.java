package org.ragbook.template;

import java.util.List;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFDataValidationConstraint;

/**
 * What a template column accepts, checked by Excel and LibreOffice as the analyst types, so that a
 * slip is caught in the cell rather than in Ragbook's reply. Ragbook still validates every return:
 * pasted cells escape these checks.
 */
sealed interface CellCheck {

    /** The input message shown when a cell of the column is selected, or null for none. */
    MessageBox prompt();

    /** The alert refusing an entry, or null when every entry is accepted. */
    MessageBox alert();

    DataValidationConstraint constraint(DataValidationHelper helper, ChoiceLists lists);

    /** One of a list of values (an indicator code, a sex, an age), offered as a dropdown. */
    record Choice(List<String> items, String refusal) implements CellCheck {

        public Choice {
            items = List.copyOf(items);
        }

        @Override
        public MessageBox prompt() {
            return null;
        }

        @Override
        public MessageBox alert() {
            return MessageBox.alert("Not in the list", refusal);
        }

        @Override
        public DataValidationConstraint constraint(DataValidationHelper helper, ChoiceLists lists) {
            return lists.constraint(helper, items);
        }
    }

    /**
     * A number of 0 or more, or above 0 where zero is as wrong as a negative (a population): what
     * the validator's negative-figure and age-band rules would otherwise refuse after the upload.
     */
    record Figure(String column, String guidance, boolean zeroAllowed) implements CellCheck {

        @Override
        public MessageBox prompt() {
            return MessageBox.prompt(column, guidance + " " + (zeroAllowed ? "A number of 0 or more." : "A number above 0."));
        }

        @Override
        public MessageBox alert() {
            String number = zeroAllowed ? "a number of 0 or more" : "a number above 0";
            return MessageBox.alert("Not " + number, column + " takes " + number + ", with no % sign, thousands"
                    + " commas or words. Leave it blank when there is no figure.");
        }

        @Override
        public DataValidationConstraint constraint(DataValidationHelper helper, ChoiceLists lists) {
            return helper.createDecimalConstraint(zeroAllowed ? OperatorType.GREATER_OR_EQUAL : OperatorType.GREATER_THAN,
                    "0", null);
        }
    }

    /**
     * A number in the Fingertips upload layout, where -1 means "no value" in every numeric column (a
     * blank cell too): a whole number for the ids and time columns, a decimal for the figures. A
     * column that must be given (an indicator's id, its year) takes a whole number of 1 or more.
     */
    record UploadNumber(String column, String guidance, boolean whole, boolean noneAllowed) implements CellCheck {

        @Override
        public MessageBox prompt() {
            return MessageBox.prompt(column, guidance + " " + accepted() + ".");
        }

        @Override
        public MessageBox alert() {
            return MessageBox.alert("Not " + (whole ? "a whole number" : "a number"), column + " takes " + accepted()
                    + ", with no % sign, thousands commas or words.");
        }

        @Override
        public DataValidationConstraint constraint(DataValidationHelper helper, ChoiceLists lists) {
            String least = noneAllowed ? "-1" : whole ? "1" : "0";
            return whole ? helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, least, null)
                    : helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, least, null);
        }

        private String accepted() {
            String number = whole ? (noneAllowed ? "a whole number" : "a whole number of 1 or more") : "a number";
            return noneAllowed ? number + ", or -1 (or blank) for none" : number;
        }
    }

    /** Any entry, with an input message saying how to write it: a period's format cannot be checked by Excel. */
    record Hint(String column, String text) implements CellCheck {

        @Override
        public MessageBox prompt() {
            return MessageBox.prompt(column, text);
        }

        @Override
        public MessageBox alert() {
            return null;
        }

        /** POI's helper makes no constraint of type "any", though Excel's input messages hang on one. */
        @Override
        public DataValidationConstraint constraint(DataValidationHelper helper, ChoiceLists lists) {
            return new XSSFDataValidationConstraint(ValidationType.ANY, OperatorType.IGNORED, null, null);
        }
    }
}
