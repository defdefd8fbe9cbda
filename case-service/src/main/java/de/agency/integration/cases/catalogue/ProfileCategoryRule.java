package de.agency.integration.cases.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.Immutable;

/**
 * A rule of the profile-category derivation: the category applies if the needs include the required dimension (if
 * any) and the number of distinct need dimensions that count for complexity lies between min and max.
 */
@Entity
@Immutable
@Table(name = "profile_category_rule")
public class ProfileCategoryRule extends PanacheEntityBase {

    @Id
    public int rank;

    @Column(nullable = false)
    public String category;

    @Column(name = "required_dimension")
    public String requiredDimension;

    @Column(name = "min_counted", nullable = false)
    public int minCounted;

    @Column(name = "max_counted")
    public Integer maxCounted;

    public static List<ProfileCategoryRule> byRank() {
        return listAll(Sort.by("rank"));
    }
}
