package dev.pulseboard.dashboard.member;

import java.util.List;

/** A tab of a member's page: its path under {@code /members/{id}} ("" for the landing page) and its label. */
public record TabView(String key, String path, String label) {

    static final List<TabView> ALL = List.of(new TabView("overview", "", "Overview"),
            new TabView("body", "/body", "Body"), new TabView("heart", "/heart", "Heart"),
            new TabView("sleep", "/sleep", "Sleep"), new TabView("activity", "/activity", "Activity"),
            new TabView("ecg", "/ecg", "ECG"), new TabView("devices", "/devices", "Devices"));
}
