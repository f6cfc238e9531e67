import DidwwClient
import Foundation
import Testing

@Suite("TrunkListQuery rendering")
struct TrunkListQueryTests {
    @Test func defaultQueryAsksForTheFirstPageWithEncodedBrackets() {
        #expect(TrunkListQuery().percentEncodedQuery == "page%5Bnumber%5D=1&page%5Bsize%5D=50")
    }

    @Test func everyPartRendersInAStableOrder() {
        let query = TrunkListQuery(
            pageNumber: 2, pageSize: 20,
            filters: ["status": "blocked", "authentication_method.type": "ip_only"],
            sort: [.init(field: "name", descending: true), .init(field: "created_at")],
            include: ["dids", "emergency_dids"],
            fields: ["name", "status"])

        #expect(query.percentEncodedQuery == [
            "page%5Bnumber%5D=2", "page%5Bsize%5D=20",
            "filter%5Bauthentication_method.type%5D=ip_only", "filter%5Bstatus%5D=blocked",
            "sort=-name,created_at", "include=dids,emergency_dids",
            "fields%5Bvoice_out_trunks%5D=name,status",
        ].joined(separator: "&"))
    }

    @Test(arguments: [
        ("a+b", "a%2Bb"),
        ("Main & Backup = 2", "Main%20%26%20Backup%20%3D%202"),
        ("Zürich #1", "Z%C3%BCrich%20%231"),
        ("one,two", "one,two"),
        ("50%", "50%25"),
    ])
    func filterValuesArePercentEncoded(value: String, encoded: String) {
        let query = TrunkListQuery(filters: ["name": value])

        #expect(query.percentEncodedQuery.hasSuffix("&filter%5Bname%5D=\(encoded)"))
    }

    @Test func encodedQueryDecodesBackToTheSameItems() throws {
        let query = TrunkListQuery(filters: ["name_contains": "a+b & c"], sort: [.init(field: "name")])
        var components = URLComponents()
        components.percentEncodedQuery = query.percentEncodedQuery

        let decoded = try #require(components.queryItems)

        #expect(decoded == query.queryItems)
    }

    @Test func emptyPartsAreLeftOut() {
        let query = TrunkListQuery(pageNumber: 3, pageSize: 1000, sort: [], include: [], fields: nil)

        #expect(query.percentEncodedQuery == "page%5Bnumber%5D=3&page%5Bsize%5D=1000")
    }
}
