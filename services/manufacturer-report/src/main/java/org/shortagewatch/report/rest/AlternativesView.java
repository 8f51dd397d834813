package org.shortagewatch.report.rest;

import org.shortagewatch.events.YjCodes;
import java.time.LocalDate;
import java.util.List;

import org.shortagewatch.report.persistence.ProductCatalog;

/**
 * A product and its same-ingredient alternatives: {@code sameIngredientFormStrength} share the first 9 characters of
 * the YJ code (ingredient, dosage form and strength), {@code sameIngredient} only the first 7.
 */
public record AlternativesView(ProductView product, LocalDate asOf, List<ProductView> sameIngredientFormStrength,
        List<ProductView> sameIngredient) {

    static AlternativesView of(ProductCatalog.ProductStatus product, LocalDate asOf,
            List<ProductCatalog.ProductStatus> alternatives) {
        String key = org.shortagewatch.events.YjCodes.ingredientFormStrengthKey(product.product().yjCode);
        return new AlternativesView(ProductView.of(product), asOf,
                alternatives.stream().filter(a -> a.product().yjCode.startsWith(key)).map(ProductView::of).toList(),
                alternatives.stream().filter(a -> !a.product().yjCode.startsWith(key)).map(ProductView::of).toList());
    }
}
