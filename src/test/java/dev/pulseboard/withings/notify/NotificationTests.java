package dev.pulseboard.withings.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NotificationTests {

    @Test
    void readsAMeasureNotificationWindow() {
        Notification notification = Notification.fromForm(Map.of("userid", "12345", "appli", "1", "startdate",
                "1530576000", "enddate", "1530698753"));

        assertThat(notification).isEqualTo(new Notification("12345", Appli.WEIGHT,
                Instant.ofEpochSecond(1530576000), Instant.ofEpochSecond(1530698753), null, null, null, null));
    }

    @Test
    void readsDateAsADayOrAnInstant() {
        Notification activity = Notification.fromForm(Map.of("userid", "7", "appli", "16", "date", "2026-03-01"));
        Notification bedIn = Notification.fromForm(Map.of("userid", "7", "appli", "50", "date", "1772318400",
                "deviceid", "d3adb33f"));

        assertThat(activity.date()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(activity.dateTime()).isNull();
        assertThat(bedIn.appli()).isEqualTo(Appli.BED_IN);
        assertThat(bedIn.dateTime()).isEqualTo(Instant.ofEpochSecond(1772318400));
        assertThat(bedIn.date()).isNull();
        assertThat(bedIn.deviceId()).isEqualTo("d3adb33f");
    }

    @Test
    void readsProfileActionsAndUnknownAppli() {
        Notification unlink = Notification.fromForm(Map.of("userid", "7", "appli", "46", "action", "unlink"));
        Notification future = Notification.fromForm(Map.of("userid", "7", "appli", "99"));

        assertThat(unlink.action()).isEqualTo("unlink");
        assertThat(future.appli().isKnown()).isFalse();
        assertThat(future.appli().code()).isEqualTo(99);
    }

    @Test
    void rejectsAFormWithoutUserOrAppli() {
        assertThatThrownBy(() -> Notification.fromForm(Map.of("appli", "1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Notification.fromForm(Map.of("userid", "1", "appli", "x")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
