package dev.pulseboard.dashboard.body;

import java.math.BigDecimal;
import java.math.RoundingMode;

import dev.pulseboard.dashboard.chart.MetricView;
import dev.pulseboard.dashboard.settings.SettingsView;

/** Body-mass index, kg/m², from the latest weight and the latest height, with the WHO adult category. */
public final class Bmi {

    private Bmi() {
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
     * shown as 25.0, and 25.0 is overweight).
     */
    public static MetricView tile(double kg, double metres, SettingsView s) {
        double shown = BigDecimal.valueOf(of(kg, metres)).setScale(1, RoundingMode.HALF_UP).doubleValue();
        return new MetricView("BMI", s.number(shown, 1) + " kg/m\u00b2",
                category(shown) + " (WHO, adults); height " + s.height(metres), "bmi");
    }
}
