using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ContactHub.Hub.Api;

/// <summary>Declares the X-Api-Key scheme in the OpenAPI document and requires it on every /api operation.</summary>
public sealed class ApiKeySecurityTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[ApiKeyOptions.Scheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyOptions.Header,
            Description = "One of the keys configured under Api:Keys.",
        };
        var requirement = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyOptions.Scheme, document)] = [] };
        foreach (var (path, item) in document.Paths ?? [])
        {
            if (!path.StartsWith("/api/", StringComparison.Ordinal) || item.Operations is null)
            {
                continue;
            }

            foreach (var operation in item.Operations.Values)
            {
                operation.Security = [requirement];
            }
        }

        return Task.CompletedTask;
    }
}
