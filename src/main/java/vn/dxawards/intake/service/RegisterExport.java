package vn.dxawards.intake.service;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.CampaignAction;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.service.CampaignService;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.model.NominatingBody;
import vn.dxawards.dossier.model.RegisterQuery;
import vn.dxawards.dossier.service.DossierService;
import vn.dxawards.identity.User;
import vn.dxawards.locality.model.Locality;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.documents.Spreadsheets;
import vn.dxawards.platform.i18n.Times;

/**
 * The register of a campaign's dossiers (the same search and filters as the page) as a file for
 * the secretariat: CSV safe to open in a spreadsheet, or XLSX written row by row.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegisterExport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** The file formats. */
    public enum Format {
        CSV("text/csv; charset=UTF-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        public final String mediaType;
        public final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }
    }

    /** A file to send. */
    public record File(String name, String mediaType, byte[] content) {
    }

    @Inject
    DossierService dossiers;

    @Inject
    CampaignService campaigns;

    @Inject
    AccessPolicy access;

    public File export(User user, RegisterQuery query, Format format, boolean english) {
        if (query.campaignCode() == null) {
            throw DomainException.invalid("register.campaign_required");
        }
        Campaign campaign = campaigns.find(query.campaignCode());
        access.require(user, CampaignAction.EXPORT_REGISTER, campaign);
        List<String> header = english
                ? List.of("Reference", "Nominee", "Tax code", "Organisation", "Category", "Locality code", "Locality",
                        "Nominating body", "Status", "Overdue", "Submitted at (ICT)", "Intake due (ICT)")
                : List.of("Mã hồ sơ", "Đơn vị, cá nhân được đề cử", "Mã số thuế", "Cơ quan, đơn vị công tác",
                        "Hạng mục", "Mã địa phương", "Địa phương", "Cơ quan đề cử", "Trạng thái", "Quá hạn",
                        "Thời điểm nộp (giờ Việt Nam)", "Hạn tiếp nhận (giờ Việt Nam)");
        List<List<String>> rows = new ArrayList<>();
        for (Dossier d : dossiers.register(user, query, 1, 0).rows()) {
            Locality locality = Locality.findById(d.nomineeProvince);
            rows.add(java.util.Arrays.asList(d.reference, d.nomineeName, d.nomineeTaxCode, d.nomineeOrganization,
                    d.category.name(english), d.nomineeProvince, locality == null ? null : locality.name(english),
                    NominatingBody.displayName(d.bodyCode), d.status.name(),
                    d.overdue ? (english ? "Yes" : "Có") : null, time(d.submittedAt), time(d.intakeDue)));
        }
        byte[] content = format == Format.CSV ? csv(header, rows) : xlsx(english ? "Register" : "Sổ hồ sơ", header, rows);
        return new File("so-ho-so-" + campaign.code + "." + format.extension, format.mediaType, content);
    }

    static byte[] csv(List<String> header, List<List<String>> rows) {
        return Spreadsheets.csv(header, rows);
    }

    static byte[] xlsx(String sheetName, List<String> header, List<List<String>> rows) {
        return Spreadsheets.xlsx(sheetName, header, rows);
    }

    private static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant.atZone(Times.ICT));
    }
}
