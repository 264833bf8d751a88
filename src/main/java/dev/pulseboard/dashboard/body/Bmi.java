package dev.pulseboard.dashboard.body;

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

    public static MetricView tile(double kg, double metres, SettingsView s) {
        double bmi = of(kg, metres);
        return new MetricView("BMI", s.number(bmi, 1) + " kg/m\u00b2",
                category(bmi) + " (WHO, adults); height " + s.height(metres), "bmi");
    }
}
