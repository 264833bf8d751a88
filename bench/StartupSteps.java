import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.core.metrics.StartupStep;

/**
 * Starts Pulseboard once with Spring's start-up recording and prints where the time went: the time of each kind of
 * step without its children ("self"), then the slowest single steps (bean creations, configuration parsing, the web
 * server). Run by bench/startup-steps.sh on the extracted jar; the server stops after the report.
 */
public class StartupSteps {

    record Step(String name, String tags, long totalNanos, long selfNanos) {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        SpringApplication application = new SpringApplication(dev.pulseboard.PulseboardApplication.class);
        BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
        application.setApplicationStartup(startup);
        var context = application.run(args);
        long started = System.nanoTime() - start;
        List<StartupTimeline.TimelineEvent> events = startup.getBufferedTimeline().getEvents();
        Map<Long, Long> children = new HashMap<>();
        for (var event : events) {
            Long parent = event.getStartupStep().getParentId();
            if (parent != null) {
                children.merge(parent, event.getDuration().toNanos(), Long::sum);
            }
        }
        List<Step> steps = new ArrayList<>();
        Map<String, Long> selfByName = new HashMap<>();
        for (var event : events) {
            StartupStep step = event.getStartupStep();
            StringBuilder tags = new StringBuilder();
            step.getTags().forEach(tag -> tags.append(' ').append(tag.getKey()).append('=').append(tag.getValue()));
            long total = event.getDuration().toNanos();
            long self = total - children.getOrDefault(step.getId(), 0L);
            steps.add(new Step(step.getName(), tags.toString(), total, self));
            selfByName.merge(step.getName(), self, Long::sum);
        }
        System.out.printf("started in %d ms%n%nself time by kind of step:%n", started / 1_000_000);
        selfByName.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf("%8.1f ms  %s%n", e.getValue() / 1e6, e.getKey()));
        int top = Integer.getInteger("top", 30);
        System.out.printf("%nslowest %d steps by self time (ms self, ms with children):%n", top);
        steps.stream().sorted(Comparator.comparingLong(Step::selfNanos).reversed()).limit(top)
                .forEach(s -> System.out.printf("%8.1f %8.1f  %s%s%n", s.selfNanos / 1e6, s.totalNanos / 1e6,
                        s.name, s.tags));
        context.close();
    }
}
