package org.shortagewatch.notification.matching;

/**
 * What the matching, alert, demand-shift and subscription tests start from: a fresh ingredient, one of its products,
 * a sibling of the same form and strength, and a new facility following one of them in its inbox at every severity.
 *
 * @param subscription the facility's subscription id
 */
public record FollowedProduct(String ingredient, String product, String sibling, String facility, String subscription) {

    /** The product's form and strength within the ingredient. */
    static final String PRODUCT = "F1022";
    /** The sibling's: same form and strength, another product. */
    static final String SIBLING = "F1030";

    /** The facility follows the product by its YJ code. */
    public static FollowedProduct followingProduct() {
        String ingredient = MatchingTest.ingredient();
        return following(ingredient, "YJ_CODE", ingredient + PRODUCT);
    }

    /** The facility follows the sibling by its YJ code, so that it hears of the product only through demand shifts. */
    public static FollowedProduct followingSibling() {
        String ingredient = MatchingTest.ingredient();
        return following(ingredient, "YJ_CODE", ingredient + SIBLING);
    }

    /** The facility follows the whole ingredient. */
    public static FollowedProduct followingIngredient() {
        String ingredient = MatchingTest.ingredient();
        return following(ingredient, "INGREDIENT", ingredient);
    }

    /** Another product of the same ingredient: {@code formStrength} is the YJ code's last five characters. */
    public String other(String formStrength) {
        return ingredient + formStrength;
    }

    private static FollowedProduct following(String ingredient, String kind, String target) {
        String facility = MatchingTest.facility();
        String subscription = MatchingTest.subscribe(facility, kind, target, "[\"INBOX\"]", "INFO");
        return new FollowedProduct(ingredient, ingredient + PRODUCT, ingredient + SIBLING, facility, subscription);
    }
}
