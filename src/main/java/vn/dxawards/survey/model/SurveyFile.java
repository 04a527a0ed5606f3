package vn.dxawards.survey.model;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import vn.dxawards.platform.persistence.DxEntity;

/** A PDF attached to a survey's findings (photos, minutes of the visit); its bytes are in {@link SurveyFileContent}. */
@Entity
public class SurveyFile extends DxEntity {

    @ManyToOne(optional = false)
    public Survey survey;

    public String fileName;
    public long sizeBytes;
    public String sha256;
    public String uploadedBy;
    public Instant uploadedAt;

    public static List<SurveyFile> of(Survey survey) {
        return list("survey = ?1 order by uploadedAt, id", survey);
    }
}
