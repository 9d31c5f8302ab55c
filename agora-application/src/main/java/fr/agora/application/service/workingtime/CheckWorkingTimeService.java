package fr.agora.application.service.workingtime;

import fr.agora.application.port.in.workingtime.CheckWorkingTimeCommand;
import fr.agora.application.port.in.workingtime.CheckWorkingTimeUseCase;
import fr.agora.domain.workingtime.WorkingTimeChecker;
import fr.agora.domain.workingtime.WorkingTimeReport;

public final class CheckWorkingTimeService implements CheckWorkingTimeUseCase {

    private final WorkingTimeChecker checker;

    public CheckWorkingTimeService(WorkingTimeChecker checker) {
        this.checker = checker;
    }

    @Override
    public WorkingTimeReport check(CheckWorkingTimeCommand c) {
        return checker.check(c.plan());
    }
}
