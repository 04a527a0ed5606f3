package vn.dxawards.locality.model;

import java.time.LocalDate;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A provincial-level unit, valid between two dates (Vietnam reorganised them on 2025-07-01).
 * Reference data, written only by the migrations: each node keeps the rows it has read in
 * Hibernate's second-level cache.
 */
@Entity
@Cacheable
public class Locality extends PanacheEntityBase {

    @Id
    public String code;

    public String officialCode;

    public String name;

    public String nameEn;

    public String kind;

    public LocalDate validFrom;

    public LocalDate validTo;

    public String successorCode;

    public boolean validOn(LocalDate date) {
        return (validFrom == null || !validFrom.isAfter(date)) && (validTo == null || !validTo.isBefore(date));
    }

    public String name(boolean english) {
        return english ? nameEn : name;
    }

    public static List<Locality> validOnDate(LocalDate date) {
        return list("(validFrom is null or validFrom <= ?1) and (validTo is null or validTo >= ?1) order by code", date);
    }
}
