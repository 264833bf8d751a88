package dev.pulseboard.dashboard.body;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import dev.pulseboard.dashboard.chart.MetricView;
import dev.pulseboard.dashboard.settings.SettingsView;
import dev.pulseboard.health.measure.AdultCategories;

/**
 * Body-mass index, kg/m², from the latest weight and the latest height, with the WHO adult category when the member
 * was old enough for it on the weigh-in's day ({@code AdultCategories}).
 */
public final class Bmi {

    /** The tile's detail for a weigh-in before the age the adult categories start at. */
    private static final String CHILD = "no adult category under " + AdultCategories.BMI_FROM + " (WHO: BMI-for-age)";
    /** The classes of the tile of a child's BMI (it is a {@code bmi} tile too). */
    private static final String CHILD_TILE = "bmi bmi-child";

    private Bmi() {
    }

    /** Whether the tiles hold a BMI of a weigh-in taken before the age the adult categories start at. */
    static boolean child(List<MetricView> tiles) {
        return tiles.stream().anyMatch(t -> CHILD_TILE.equals(t.cssClass()));
    }

    public static double of(double kg, double metres) {
        return kg / (metres * metres);
    }

    public static String category(double bmi) {
        if (bmi < 18.5) {
            return "underweight";
        }
        if (bmi < 25) {
            return "healthy weight";
        }
        return bmi < 30 ? "overweight" : "obesity";
    }

    /**
     * The tile: the index to one decimal, and the category of that shown value, so the two never disagree (24.99 is
     * shown as 25.0, and 25.0 is overweight). With {@code adult} false, no category: a child's or a teenager's BMI is
     * read on BMI-for-age percentiles of their sex, which Pulseboard does not compute.
     */
    public static MetricView tile(double kg, double metres, SettingsView s, boolean adult) {
        double shown = BigDecimal.valueOf(of(kg, metres)).setScale(1, RoundingMode.HALF_UP).doubleValue();
        String category = adult ? category(shown) + " (WHO, adults)" : CHILD;
        return new MetricView("BMI", s.number(shown, 1) + " kg/m\u00b2", category + "; height " + s.height(metres),
                adult ? "bmi" : CHILD_TILE);
    }
}
