package dev.pulseboard.dashboard.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.measure.MeasurementRecord;
import dev.pulseboard.health.measure.MeasurementType;
import dev.pulseboard.health.measure.Measurements;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.PulseboardTest;

/** A day's 7-day weight average is the same whichever range the Body section shows it in. */
@PulseboardTest
class SevenDayAverageIntegrationTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Pattern ROW = Pattern.compile(
            "<tr>\\s*<td>([^<]+)</td>\\s*<td>([^<]+)</td>\\s*<td><span>([^<]+)</span></td>\\s*</tr>");

    @Value("${server.port}")
    int port;

    @Autowired
    Measurements measurements;

    @Autowired
    Clock clock;

    @Test
    void theFirstDayOfARangeAveragesTheSixDaysBeforeItToo() {
        Api api = new Api(port);
        long member = Household.addMember(api, Household.token(api), "Averaged " + System.nanoTime());
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        List<MeasurementRecord> weighIns = new ArrayList<>();
        for (int d = 1; d <= 20; d++) {
            var at = today.minusDays(d).atTime(7, 0).atZone(PARIS).toInstant();
            // 80 kg yesterday, 1 kg more each day before: a cut-off average differs from the whole one.
            weighIns.add(new MeasurementRecord(member * 100 + d, MeasurementType.WEIGHT, null, 80_000 + 1_000L * (d - 1),
                    -3, at, at, 0, "scale", "Body+", PARIS.getId()));
        }
        measurements.store(MemberId.of(member), weighIns);
        LocalDate day = today.minusDays(3);
        PageSession page = PageSession.signIn(port);

        List<String[]> oneDay = rows(page.get("/members/" + member + "/body?range=custom&from=" + day + "&to=" + day)
                .body());
        String[] inAMonth = rows(page.get("/members/" + member + "/body?range=30d").body()).get(2);

        assertThat(oneDay).hasSize(1);
        assertThat(oneDay.get(0)[1]).isEqualTo(inAMonth[1]).isEqualTo("82.0 kg");
        // Its 7 days weighed 82 to 88 kg: 85 kg, not the 82 kg of the day alone.
        assertThat(oneDay.get(0)[2]).isEqualTo(inAMonth[2]).isEqualTo("85.0 kg");
    }

    private static List<String[]> rows(String html) {
        String table = html.substring(html.indexOf("Latest weigh-ins in this range"));
        table = table.substring(0, table.indexOf("</table>"));
        List<String[]> rows = new ArrayList<>();
        Matcher m = ROW.matcher(table);
        while (m.find()) {
            rows.add(new String[] { m.group(1), m.group(2), m.group(3) });
        }
        return rows;
    }
}
