package org.shortagewatch.notification.domain.upload;

import org.shortagewatch.common.bulk.Column;

/** The one column of a formulary the service reads: the YJ code, in the first place. */
public enum FormularyColumn implements Column {
    YJ_CODE;

    @Override
    public String header() {
        return "YJコード";
    }

    @Override
    public String field() {
        return "yjCode";
    }
}
