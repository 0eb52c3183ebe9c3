package dev.webstack.plan.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The T classes (db.t3, db.t4g) burst and bill surplus credits; the M and R classes do not. */
class DbInstanceClassesTest {

    @ParameterizedTest
    @CsvSource({
            "db.t4g.micro, true",
            "db.t4g.small, true",
            "db.t3.medium, true",
            "db.t3.2xlarge, true",
            "db.m6g.large, false",
            "db.r6g.large, false",
            "db.m5.xlarge, false",
            "db.t2.micro, false",
            "t4g.micro, false"})
    void onlyTheT3AndT4gFamiliesBurst(String instanceClass, boolean burstable) {
        assertEquals(burstable, DbInstanceClasses.isBurstable(instanceClass), instanceClass);
    }
}
