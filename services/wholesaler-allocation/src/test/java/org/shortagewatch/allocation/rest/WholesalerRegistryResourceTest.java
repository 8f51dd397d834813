package org.shortagewatch.allocation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** The wholesalers by name: registered and renamed by the operator, audited, read by anyone. */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "allocation"))
class WholesalerRegistryResourceTest {

    private static ValidatableResponse register(String role, String code, String name) {
        return WholesalerDataResourceTest.as(role, "ops").contentType("application/json")
                .body(Map.of("name", name)).put("/api/v1/wholesalers/{code}", code).then();
    }

    private static long audited(String action, String code) throws Exception {
        return TestDatabase.count("select count(*) from audit_log where action = ? and target like ?", action,
                code + ": %");
    }

    @Test
    void theOperatorRegistersAWholesalerThenRenamesItEachChangeAudited() throws Exception {
        register(Roles.ADMIN, "REG-W1", "みなと薬品株式会社").statusCode(201)
                .header("Location", endsWith("/api/v1/wholesalers/REG-W1"))
                .body("code", equalTo("REG-W1")).body("name", equalTo("みなと薬品株式会社"));
        register(Roles.ADMIN, "REG-W1", "みなと薬品株式会社").statusCode(200).body("name", equalTo("みなと薬品株式会社"));
        register(Roles.ADMIN, "REG-W1", "株式会社みなと薬品").statusCode(200).body("name", equalTo("株式会社みなと薬品"));
        given().get("/api/v1/wholesalers/{code}", "REG-W1").then().statusCode(200)
                .body("code", equalTo("REG-W1")).body("name", equalTo("株式会社みなと薬品"));
        assertEquals(1, audited("wholesaler.register", "REG-W1"));
        assertEquals(1, audited("wholesaler.rename", "REG-W1"), "the unchanged registration records nothing");
    }

    @Test
    void aNameIsKeptWithoutTheSpacesAroundIt() {
        register(Roles.ADMIN, "REG-W2", "　さくら医薬品 ").statusCode(201).body("name", equalTo("さくら医薬品"));
    }

    @Test
    void anyoneReadsTheWholesalersOrderedByCode() {
        register(Roles.ADMIN, "REG-W4", "北星薬業").statusCode(201);
        register(Roles.ADMIN, "REG-W3", "南風メディカル").statusCode(201);
        List<String> codes = given().get("/api/v1/wholesalers").then().statusCode(200)
                .body("code", hasItems("REG-W3", "REG-W4"))
                .body("find { it.code == 'REG-W3' }.name", equalTo("南風メディカル"))
                .extract().path("code");
        assertEquals(codes.stream().sorted().toList(), codes);
    }

    @Test
    void anUnknownWholesalerIsNotFound() {
        given().get("/api/v1/wholesalers/{code}", "REG-NONE").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("卸売業者 REG-NONE は登録されていません"));
    }

    @Test
    void aBlankNameIsRefusedNamingTheFieldInJapaneseOrInEnglish() throws Exception {
        register(Roles.ADMIN, "REG-W5", " 　").statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].detail", equalTo("空白は許可されていません"));
        WholesalerDataResourceTest.as(Roles.ADMIN, "ops").header("Accept-Language", "en")
                .contentType("application/json").body(Map.of("name", " 　"))
                .put("/api/v1/wholesalers/{code}", "REG-W5").then().statusCode(400)
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].detail", equalTo("must not be blank"));
        register(Roles.ADMIN, "REG-W5", "x".repeat(101)).statusCode(400)
                .body("errors[0].field", equalTo("name"));
        assertEquals(0, TestDatabase.count("select count(*) from wholesaler where code = ?", "REG-W5"));
    }

    @Test
    void onlyTheOperatorRegisters() throws Exception {
        register(Roles.WHOLESALER, "REG-W6", "自称卸").statusCode(403);
        register(Roles.FACILITY, "REG-W6", "自称卸").statusCode(403);
        given().contentType("application/json").body(Map.of("name", "自称卸"))
                .put("/api/v1/wholesalers/{code}", "REG-W6").then().statusCode(401);
        assertEquals(0, TestDatabase.count("select count(*) from wholesaler where code = ?", "REG-W6"));
    }
}
