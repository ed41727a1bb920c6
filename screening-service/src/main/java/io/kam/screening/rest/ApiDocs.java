package io.kam.screening.rest;

/** Text shared by the OpenAPI annotations of the resources. */
final class ApiDocs {

  private ApiDocs() {
  }

  static final String PROBLEM = "application/problem+json";
  static final String CUSTOMER_EXAMPLE = """
      {"name": "Shanghai Jiahe Trading Co., Ltd.", "creditCode": "91310000MA1FL4XQ2K", "industry": "food-retail",
       "orgUnit": "HQ/EAST/SH", "contactName": "Li Wei", "contactPhone": "+86 21 5555 0101",
       "contactEmail": "li.wei@jiahe.example", "annualSales": 6200000, "purchaseFrequency": 30,
       "classification": {"productCategory": "STANDARD", "customerNature": "ENTERPRISE", "serviceContent": "SUPPLY"}}""";
  static final String CSV_EXAMPLE = """
      name,creditCode,industry,orgUnit,contactName,contactPhone,contactEmail,annualSales,purchaseFrequency,productCategory,customerNature,serviceContent
      Jiahe Trading,91310000MA1FL4XQ2K,food-retail,HQ/EAST/SH,Li Wei,+86 21 5555 0101,li.wei@jiahe.example,6200000,30,STANDARD,ENTERPRISE,SUPPLY
      """;
  static final String VALIDATION_EXAMPLE = """
      {"type": "https://kam.io/problems/validation", "title": "Request is not valid", "status": 400,
       "detail": "2 field(s) not valid", "instance": "/api/v1/screening/customers",
       "errors": [{"field": "name", "message": "must not be blank"},
                  {"field": "classification.productCategory", "message": "is not a product category of the customer-classification policy"}]}""";
  static final String ILLEGAL_TRANSITION_EXAMPLE = """
      {"type": "https://kam.io/problems/illegal-transition", "title": "Action not allowed in the current state",
       "status": 409, "detail": "cannot propose customer in state ORDINARY", "currentState": "ORDINARY",
       "allowedTransitions": ["IDENTIFY"]}""";
}
