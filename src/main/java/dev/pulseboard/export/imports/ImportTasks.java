package dev.pulseboard.export.imports;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

@Configuration(proxyBeanMethods = false)
class ImportTasks {

    /**
     * Every minute, once across instances (and at the first start): imports left RUNNING by an instance that
     * stopped become FAILED with the reason, so no import shows "Importing…" forever.
     */
    @Bean
    RecurringTask<Void> abandonedImportsTask(ObjectProvider<ImportLiveness> liveness) {
        return Tasks.recurring("abandoned-imports", FixedDelay.of(ImportLiveness.STALE))
                .execute((instance, context) -> liveness.getObject().failAbandoned());
    }
}
