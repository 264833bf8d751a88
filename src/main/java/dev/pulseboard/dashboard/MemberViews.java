package dev.pulseboard.dashboard;

import org.springframework.stereotype.Component;

import dev.pulseboard.account.Member;
import dev.pulseboard.connection.Connections;
import dev.pulseboard.health.MeasurementType;
import dev.pulseboard.health.Measurements;
import dev.pulseboard.sync.Syncs;

/** Builds the views of members that pages show, from the modules that own each part. */
@Component
class MemberViews {

    private final Connections connections;
    private final Measurements measurements;
    private final Syncs syncs;

    MemberViews(Connections connections, Measurements measurements, Syncs syncs) {
        this.connections = connections;
        this.measurements = measurements;
        this.syncs = syncs;
    }

    MemberCardView card(Member member) {
        return new MemberCardView(member.id().value(), member.name(), connections.status(member.id()).state(),
                measurements.latest(member.id(), MeasurementType.WEIGHT).orElse(null), syncs.status(member.id()));
    }
}
