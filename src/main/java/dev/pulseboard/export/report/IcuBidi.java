package dev.pulseboard.export.report;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;

/**
 * Right-to-left text in the report's PDF (an Arabic or Hebrew name or note), which openhtmltopdf leaves to the
 * application: ICU's bidirectional algorithm splits each paragraph into runs of one direction, in visual order, and
 * Arabic letters are given their joined forms before a right-to-left run is written reversed. Without it the words
 * of an Arabic name stood left to right, and the doctor read the name backwards.
 */
final class IcuBidi {

    private IcuBidi() {
    }

    /** A splitter for each paragraph openhtmltopdf lays out. */
    static final class Splitters implements BidiSplitterFactory {

        @Override
        public BidiSplitter createBidiSplitter() {
            return new Splitter();
        }
    }

    static final class Splitter implements BidiSplitter {

        private final Bidi bidi = new Bidi();

        @Override
        public void setParagraph(String paragraph, byte defaultDirection) {
            byte level = defaultDirection == RTL ? Bidi.RTL : defaultDirection == LTR ? Bidi.LTR
                    : Bidi.LEVEL_DEFAULT_LTR;
            bidi.setPara(paragraph, level, null);
        }

        @Override
        public int countTextRuns() {
            return bidi.countRuns();
        }

        @Override
        public BidiTextRun getVisualRun(int index) {
            BidiRun run = bidi.getVisualRun(index);
            return new BidiTextRun(run.getStart(), run.getLength(), run.isOddRun() ? RTL : LTR);
        }

        @Override
        public byte getBaseDirection(String paragraph) {
            byte direction = Bidi.getBaseDirection(paragraph);
            return direction == Bidi.RTL ? RTL : direction == Bidi.LTR ? LTR : NEUTRAL;
        }
    }

    static final class Reorderer implements BidiReorderer {

        private final ArabicShaping shaper = new ArabicShaping(ArabicShaping.LETTERS_SHAPE
                | ArabicShaping.LENGTH_GROW_SHRINK | ArabicShaping.TEXT_DIRECTION_LOGICAL);
        private final ArabicShaping unshaper = new ArabicShaping(ArabicShaping.LETTERS_UNSHAPE
                | ArabicShaping.LENGTH_GROW_SHRINK);

        @Override
        public String reorderRTLTextToLTR(String text) {
            return Bidi.writeReverse(text, Bidi.DO_MIRRORING);
        }

        @Override
        public String shapeText(String text) {
            try {
                return shaper.shape(text);
            } catch (ArabicShapingException e) {
                return text;
            }
        }

        @Override
        public String deshapeText(String text) {
            try {
                return unshaper.shape(text);
            } catch (ArabicShapingException e) {
                return text;
            }
        }

        @Override
        public boolean isLiveImplementation() {
            return true;
        }
    }
}
