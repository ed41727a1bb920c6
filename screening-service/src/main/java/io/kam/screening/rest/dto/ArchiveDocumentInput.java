package io.kam.screening.rest.dto;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.kam.screening.domain.ArchiveDocument;

/** A document formed during screening, registered for the archive room. */
@Schema(name = "ArchiveDocumentInput")
public record ArchiveDocumentInput(@NotNull ArchiveDocument.DocumentType documentType,
    @NotBlank @Size(max = 300) @Schema(example = "用户风险分析表 Jiahe 2025-03") String title,
    @Schema(description = "the record the document was formed from, e.g. a risk analysis id") UUID referenceId) {
}
