package vn.dxawards.platform.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/** The application's entities share one id sequence (ids are unique across tables, which helps the audit log). */
@MappedSuperclass
public abstract class DxEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dx_seq")
    @SequenceGenerator(name = "dx_seq", sequenceName = "dx_seq", allocationSize = 50)
    public Long id;
}
